using GreenCommunity.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorDefinitionConfiguration : IEntityTypeConfiguration<IndicatorDefinition>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinition> builder)
    {
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Code).HasMaxLength(64);
        builder.Property(i => i.Unit).HasMaxLength(32);
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.Property(i => i.Methodology).HasMaxLength(2000);
        builder.Property(i => i.Source).HasMaxLength(500);
        builder.ComplexProperty(i => i.Name, LocalizedTextMapping.Configure);
    }
}
