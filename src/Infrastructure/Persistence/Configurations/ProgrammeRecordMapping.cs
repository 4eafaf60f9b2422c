using GreenCommunity.Domain.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

/// <summary>The columns every programme record (event, outreach item, practice) has.</summary>
internal static class ProgrammeRecordMapping
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : ProgrammeRecord
    {
        builder.HasOne(r => r.District).WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        builder.Property(r => r.SourceDocument).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsPublished);
        builder.Ignore(r => r.RecordType);
        builder.HasIndex(r => new { r.PublishedInEdition, r.DistrictId });
    }
}
