using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class FundingAllocationConfiguration : IEntityTypeConfiguration<FundingAllocation>
{
    public void Configure(EntityTypeBuilder<FundingAllocation> builder)
    {
        builder.Property(f => f.PayerLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Purpose).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.AmountYuan).HasPrecision(14, 2);
        builder.Property(f => f.Note).HasMaxLength(1000);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.PayerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(f => f.PayerDistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Street>().WithMany().HasForeignKey(f => f.PayerStreetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(f => f.RecipientDistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Street>().WithMany().HasForeignKey(f => f.RecipientStreetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Community>().WithMany().HasForeignKey(f => f.RecipientCommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasIndex(f => new { f.Year, f.RecipientCommunityId });
        builder.HasIndex(f => new { f.RecipientCommunityId, f.Year });
        builder.HasIndex(f => f.PublishedInEdition);
    }
}
