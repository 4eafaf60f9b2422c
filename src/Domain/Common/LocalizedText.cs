namespace GreenCommunity.Domain.Common;

/// <summary>A name or text in Chinese and in English (pinyin or the official English form).</summary>
public sealed record LocalizedText
{
    /// <summary>Creates a bilingual text; both forms are required.</summary>
    public LocalizedText(string zh, string en)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zh);
        ArgumentException.ThrowIfNullOrWhiteSpace(en);
        Zh = zh.Trim();
        En = en.Trim();
    }

    /// <summary>The Chinese form, as the city writes it.</summary>
    public string Zh { get; private init; }

    /// <summary>The English form: official English where one exists, otherwise pinyin.</summary>
    public string En { get; private init; }

    /// <summary>True when either form contains <paramref name="fragment"/> (case-insensitive for English).</summary>
    public bool Contains(string fragment) =>
        Zh.Contains(fragment, StringComparison.Ordinal) || En.Contains(fragment, StringComparison.OrdinalIgnoreCase);
}
