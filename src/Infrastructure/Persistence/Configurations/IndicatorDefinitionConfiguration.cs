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
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(i => i.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IndicatorDefinitionVersionConfiguration : IEntityTypeConfiguration<IndicatorDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinitionVersion> builder)
    {
        // A version is named by its indicator and number; observations refer to it by that pair.
        builder.HasAlternateKey(v => new { v.IndicatorId, v.Version });
        builder.Property(v => v.Unit).HasMaxLength(32);
        builder.Property(v => v.Description).HasMaxLength(2000);
        builder.Property(v => v.Methodology).HasMaxLength(2000);
        builder.Property(v => v.Source).HasMaxLength(500);
        builder.Property(v => v.ChangeNote).HasMaxLength(IndicatorDefinition.MaxChangeNoteLength);
    }
}
