using GreenCommunity.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(OutboxMessage.MaxKindLength);
        builder.Property(m => m.ClaimedBy).HasMaxLength(OutboxMessage.MaxClaimedByLength);

        // The relay looks for what is not relayed yet, in order.
        builder.HasIndex(m => new { m.RelayedAt, m.Id });
    }
}
