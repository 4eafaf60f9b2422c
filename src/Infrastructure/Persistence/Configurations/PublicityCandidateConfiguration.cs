using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Publicity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class PublicityCandidateConfiguration : IEntityTypeConfiguration<PublicityCandidate>
{
    public void Configure(EntityTypeBuilder<PublicityCandidate> builder)
    {
        builder.HasIndex(c => new { c.PublicityNoticeId, c.ApplicationId }).IsUnique();
        builder.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Community>().WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
