using GreenCommunity.Domain.Criteria;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class CriteriaSectionConfiguration : IEntityTypeConfiguration<CriteriaSection>
{
    public void Configure(EntityTypeBuilder<CriteriaSection> builder)
    {
        builder.HasIndex(s => new { s.SchemeId, s.Code }).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(16);
        builder.ComplexProperty(s => s.Title, LocalizedTextMapping.Configure);
        builder.Ignore(s => s.MaximumPoints);
        builder.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
