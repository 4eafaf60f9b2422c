using GreenCommunity.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenCommunity.Infrastructure.Persistence.Configurations;

/// <summary>Maps a bilingual text to two columns, <c>*_zh</c> and <c>*_en</c>.</summary>
internal static class LocalizedTextMapping
{
    public static void Configure(ComplexPropertyBuilder<LocalizedText> text)
    {
        text.Property(t => t.Zh).HasMaxLength(200).IsRequired();
        text.Property(t => t.En).HasMaxLength(200).IsRequired();
    }
}
