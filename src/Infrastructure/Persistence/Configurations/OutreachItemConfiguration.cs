using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Publicity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class OutreachItemConfiguration : IEntityTypeConfiguration<OutreachItem>
{
    public void Configure(EntityTypeBuilder<OutreachItem> builder)
    {
        ProgrammeRecordMapping.Configure(builder);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Basis).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Channel).HasConversion<string>().HasMaxLength(32);
        builder.ComplexProperty(o => o.Title, LocalizedTextMapping.Configure);
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.Property(o => o.Outlet).HasMaxLength(200);
        builder.Property(o => o.OrganiserCode).HasMaxLength(64);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(o => o.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PublicityNotice>().WithMany().HasForeignKey(o => o.PublicityNoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Community).WithMany().HasForeignKey(o => o.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.Year, o.Kind });
        builder.HasIndex(o => o.CommunityId);
        builder.HasIndex(o => o.PublicityNoticeId);
    }
}
