using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Code).HasMaxLength(48);
        builder.ComplexProperty(o => o.Name, LocalizedTextMapping.Configure);
        builder.Property(o => o.Level).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Role).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<District>().WithMany().HasForeignKey(o => o.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Street>().WithMany().HasForeignKey(o => o.StreetId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.PublishedInEdition);

        // The organisation responsible for a campaign or an award: configured here so those entities' own
        // configurations stay as they were.
        builder.HasMany<Campaign>().WithOne().HasForeignKey(c => c.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany<Award>().WithOne().HasForeignKey(a => a.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
