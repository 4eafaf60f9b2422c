using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.Ignore(a => a.ReadFromEdition); // a mark on copies read for an edition, never stored
        builder.HasIndex(a => new { a.CommunityId, a.CampaignId }).IsUnique();
        builder.HasIndex(a => new { a.Year, a.Level });
        builder.HasIndex(a => a.DistrictAtAwardId);
        builder.HasIndex(a => a.PublishedInEdition);
        builder.HasOne(a => a.Community).WithMany().HasForeignKey(a => a.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.DistrictAtAward).WithMany().HasForeignKey(a => a.DistrictAtAwardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CriteriaScheme>().WithMany().HasForeignKey(a => a.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Panel>().WithMany().HasForeignKey(a => a.PanelId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Score).HasPrecision(5, 1);
        builder.OwnsOne(a => a.Revocation, r =>
        {
            r.Property(p => p.RevokedOn).HasColumnName("revoked_on");
            r.Property(p => p.Reason).HasColumnName("revocation_reason").HasMaxLength(2000);
        });
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}
