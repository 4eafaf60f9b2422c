using GreenCommunity.Domain.Criteria;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.HasIndex(i => new { i.SectionId, i.Code }).IsUnique();
        builder.Property(i => i.Code).HasMaxLength(16);
        builder.Property(i => i.Guidance).HasMaxLength(2000);
        builder.Property(i => i.EvidenceExpected).HasMaxLength(2000);
        builder.ComplexProperty(i => i.Title, LocalizedTextMapping.Configure);
    }
}
