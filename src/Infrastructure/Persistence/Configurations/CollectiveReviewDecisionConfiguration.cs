using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class CollectiveReviewDecisionConfiguration : IEntityTypeConfiguration<CollectiveReviewDecision>
{
    public void Configure(EntityTypeBuilder<CollectiveReviewDecision> builder)
    {
        builder.HasIndex(d => new { d.CollectiveReviewId, d.ApplicationId }).IsUnique();
        builder.HasOne<Application>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Reasons).HasMaxLength(4000);
    }
}
