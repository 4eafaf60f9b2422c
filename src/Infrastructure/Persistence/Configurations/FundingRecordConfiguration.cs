using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class FundingRecordConfiguration : IEntityTypeConfiguration<FundingRecord>
{
    public void Configure(EntityTypeBuilder<FundingRecord> builder)
    {
        builder.HasOne<District>().WithMany().HasForeignKey(f => f.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.Source).HasMaxLength(200);
        builder.Property(f => f.Purpose).HasMaxLength(1000);
        builder.Property(f => f.AmountYuan).HasPrecision(14, 2);
        builder.HasIndex(f => f.Year);
    }
}
