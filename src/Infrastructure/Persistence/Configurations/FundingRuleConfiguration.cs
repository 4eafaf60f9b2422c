using GreenCommunity.Domain.Metrics;
using GreenCommunity.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class FundingRuleConfiguration : IEntityTypeConfiguration<FundingRule>
{
    /// <summary>
    /// The report's principle "support by category" (分类扶持) as rows: poorly equipped communities get key support for
    /// every purpose; well-equipped non-commercial ones partial support, capped per community and year (the cap of
    /// 50,000 yuan is ours: the report gives none, so that row is marked sample); commercial estates with full
    /// property management education ("soft") support only. Shipped with the schema, so every database has them.
    /// </summary>
    private static readonly FundingRule[] Rules =
    [
        new(1, FundingCategory.PoorlyEquipped, FundingPurpose.Facilities, SupportCategory.KeySupport, null),
        new(2, FundingCategory.PoorlyEquipped, FundingPurpose.EnvironmentalCulture, SupportCategory.KeySupport, null),
        new(3, FundingCategory.PoorlyEquipped, FundingPurpose.Training, SupportCategory.KeySupport, null),
        new(4, FundingCategory.PoorlyEquipped, FundingPurpose.EducationOnly, SupportCategory.KeySupport, null),
        new(5, FundingCategory.WellEquippedNonCommercial, FundingPurpose.Facilities, SupportCategory.PartialSupport, 50_000m) { IsSample = true },
        new(6, FundingCategory.WellEquippedNonCommercial, FundingPurpose.EnvironmentalCulture, SupportCategory.PartialSupport, 50_000m) { IsSample = true },
        new(7, FundingCategory.WellEquippedNonCommercial, FundingPurpose.Training, SupportCategory.PartialSupport, 50_000m) { IsSample = true },
        new(8, FundingCategory.WellEquippedNonCommercial, FundingPurpose.EducationOnly, SupportCategory.PartialSupport, 50_000m) { IsSample = true },
        new(9, FundingCategory.CommercialFullyManaged, FundingPurpose.Training, SupportCategory.SoftSupportOnly, null),
        new(10, FundingCategory.CommercialFullyManaged, FundingPurpose.EducationOnly, SupportCategory.SoftSupportOnly, null),
    ];

    public void Configure(EntityTypeBuilder<FundingRule> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Purpose).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.MaximumYuanPerYear).HasPrecision(14, 2);
        builder.HasIndex(r => new { r.Category, r.Purpose }).IsUnique();
        builder.HasData(Rules);
    }
}
