using GreenCommunity.Domain.Criteria;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class GateConfiguration : IEntityTypeConfiguration<Gate>
{
    public void Configure(EntityTypeBuilder<Gate> builder)
    {
        builder.HasIndex(g => new { g.SchemeId, g.Kind }).IsUnique();
        builder.Property(g => g.Threshold).HasPrecision(5, 4);
        builder.ComplexProperty(g => g.Description, LocalizedTextMapping.Configure);
    }
}
