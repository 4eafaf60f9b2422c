using GreenCommunity.Domain.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class CommunityPracticeConfiguration : IEntityTypeConfiguration<CommunityPractice>
{
    public void Configure(EntityTypeBuilder<CommunityPractice> builder)
    {
        ProgrammeRecordMapping.Configure(builder);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.ComplexProperty(p => p.Title, LocalizedTextMapping.Configure);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.Evidence).HasMaxLength(1000);
        builder.HasOne(p => p.Community).WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CommunityId, p.StartedOn });
        builder.HasIndex(p => p.Kind);
    }
}
