using GreenCommunity.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.Ignore(o => o.ReadFromEdition); // a mark on copies read for an edition, never stored
        builder.HasIndex(o => new { o.CommunityId, o.IndicatorId, o.Year });
        builder.HasIndex(o => new { o.IndicatorId, o.Year });

        // An indicator's series per community, with what decides whether a value is in an edition and the value: the
        // year-on-year self-join of funding outcomes (and any per-community series) reads only this index, in order.
        builder.HasIndex(o => new { o.IndicatorId, o.CommunityId, o.Year, o.PublishedInEdition, o.SupersededInEdition, o.Value }).HasDatabaseName("ix_observations_series");
        builder.HasOne(o => o.Indicator).WithMany().HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        // Values loaded in bulk without a version (before versions existed) are version 1.
        builder.Property(o => o.IndicatorVersion).HasDefaultValue(1);
        builder.HasOne(o => o.Definition).WithMany().HasForeignKey(o => new { o.IndicatorId, o.IndicatorVersion })
            .HasPrincipalKey(v => new { v.IndicatorId, v.Version }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Community).WithMany().HasForeignKey(o => o.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.SupersededBy).WithMany().HasForeignKey(o => o.SupersededById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.PublishedInEdition, o.SupersededInEdition });
        builder.Property(o => o.Value).HasPrecision(14, 4);
        builder.Property(o => o.SourceDocument).HasMaxLength(500);
    }
}
