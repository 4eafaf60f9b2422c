using GreenCommunity.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Ignore(c => c.ReadFromEdition); // a mark on copies read for an edition, never stored
        builder.HasIndex(c => new { c.Year, c.Level }).IsUnique();
        builder.ComplexProperty(c => c.Name, LocalizedTextMapping.Configure);
        builder.ComplexProperty(c => c.Timetable);
        builder.Ignore(c => c.ResultsPublished);
        builder.HasOne(c => c.Scheme).WithMany().HasForeignKey(c => c.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
