using GreenCommunity.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Code).HasMaxLength(16);
        builder.ComplexProperty(d => d.Name, LocalizedTextMapping.Configure);
        builder.HasOne(d => d.SucceededBy).WithMany().HasForeignKey(d => d.SucceededById).OnDelete(DeleteBehavior.Restrict);
    }
}
