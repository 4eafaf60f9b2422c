using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class CollectiveReviewConfiguration : IEntityTypeConfiguration<CollectiveReview>
{
    public void Configure(EntityTypeBuilder<CollectiveReview> builder)
    {
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.CollectiveReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
