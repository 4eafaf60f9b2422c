using GreenCommunity.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class GateVerdictConfiguration : IEntityTypeConfiguration<GateVerdict>
{
    public void Configure(EntityTypeBuilder<GateVerdict> builder)
    {
        builder.Property(v => v.Evidence).HasMaxLength(2000);
        builder.HasIndex(v => v.ApplicationId);
    }
}
