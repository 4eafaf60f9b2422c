using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Publicity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class PublicityNoticeConfiguration : IEntityTypeConfiguration<PublicityNotice>
{
    public void Configure(EntityTypeBuilder<PublicityNotice> builder)
    {
        builder.HasOne<Campaign>().WithMany().HasForeignKey(n => n.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.CampaignId);
        builder.ComplexProperty(n => n.Title, LocalizedTextMapping.Configure);
        builder.HasMany(n => n.Candidates).WithOne().HasForeignKey(c => c.PublicityNoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Candidates).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
