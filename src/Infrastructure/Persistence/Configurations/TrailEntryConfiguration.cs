using GreenCommunity.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class TrailEntryConfiguration : IEntityTypeConfiguration<TrailEntry>
{
    public void Configure(EntityTypeBuilder<TrailEntry> builder)
    {
        builder.ToTable("application_trail");
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.By).HasMaxLength(200);
        builder.Property(e => e.Subject).HasMaxLength(500);
        builder.Property(e => e.Before).HasMaxLength(500);
        builder.Property(e => e.After).HasMaxLength(500);
        builder.Property(e => e.Reason).HasMaxLength(4000);
        builder.HasIndex(e => e.ApplicationId);
    }
}
