using GreenCommunity.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.Kind).HasMaxLength(64);
        builder.Property(e => e.Location).HasMaxLength(2000);
        builder.Property(e => e.WithdrawalReason).HasMaxLength(4000);
    }
}
