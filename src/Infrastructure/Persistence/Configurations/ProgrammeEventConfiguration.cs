using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeEventConfiguration : IEntityTypeConfiguration<ProgrammeEvent>
{
    public void Configure(EntityTypeBuilder<ProgrammeEvent> builder)
    {
        ProgrammeRecordMapping.Configure(builder);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Basis).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Audience).HasConversion<string>().HasMaxLength(32);
        builder.ComplexProperty(e => e.Title, LocalizedTextMapping.Configure);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.OrganiserCode).HasMaxLength(64);
        builder.HasOne(e => e.HostCommunity).WithMany().HasForeignKey(e => e.HostCommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.Year, e.Kind });
        builder.HasIndex(e => e.HostCommunityId);
        builder.OwnsMany(e => e.Visits, visit =>
        {
            visit.ToTable("programme_event_visits");
            visit.WithOwner().HasForeignKey(v => v.ProgrammeEventId);
            visit.HasKey(v => new { v.ProgrammeEventId, v.CommunityId });
            visit.HasOne(v => v.Community).WithMany().HasForeignKey(v => v.CommunityId).OnDelete(DeleteBehavior.Restrict);
            visit.HasIndex(v => v.CommunityId);
        });
        builder.Navigation(e => e.Visits).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
