using GreenCommunity.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.Ignore(c => c.ReadFromEdition); // a mark on copies read for an edition, never stored
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(48);
        builder.ComplexProperty(c => c.Name, LocalizedTextMapping.Configure);
        builder.HasOne(c => c.Street).WithMany().HasForeignKey(c => c.StreetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.StreetId);
        builder.Property(c => c.FundingCategory).HasConversion<string>().HasMaxLength(32);
        builder.OwnsOne(c => c.Location, l =>
        {
            l.Property(p => p.Latitude).HasColumnName("latitude");
            l.Property(p => p.Longitude).HasColumnName("longitude");
        });
    }
}
