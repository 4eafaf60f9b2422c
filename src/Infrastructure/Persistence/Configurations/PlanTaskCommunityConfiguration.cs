using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class PlanTaskCommunityConfiguration : IEntityTypeConfiguration<PlanTaskCommunity>
{
    public void Configure(EntityTypeBuilder<PlanTaskCommunity> builder)
    {
        builder.HasKey(t => new { t.AnnualPlanId, t.CommunityId });
        builder.HasOne<Community>().WithMany().HasForeignKey(t => t.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.CommunityId);
    }
}
