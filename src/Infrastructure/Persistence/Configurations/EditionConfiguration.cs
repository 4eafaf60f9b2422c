using GreenCommunity.Domain.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        // Two publications racing for the same number: one commits, the other fails and changes nothing.
        builder.HasIndex(e => e.Number).IsUnique();
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.ContentHash).HasMaxLength(64);
        builder.HasMany(e => e.Changes).WithOne().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EditionChangeConfiguration : IEntityTypeConfiguration<EditionChange>
{
    public void Configure(EntityTypeBuilder<EditionChange> builder)
    {
        builder.HasIndex(c => new { c.EditionId, c.Id });
        builder.HasOne(c => c.Award).WithMany().HasForeignKey(c => c.AwardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Observation).WithMany().HasForeignKey(c => c.ObservationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Replaced).WithMany().HasForeignKey(c => c.ReplacedObservationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.RecordType).HasMaxLength(32);
    }
}
