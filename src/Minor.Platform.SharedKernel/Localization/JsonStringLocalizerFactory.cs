using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Minor.Platform.SharedKernel.Localization;

/// <summary>
/// ABP-style JSON localisation: a resource marker type <c>X.Localization.FooResource</c> reads the embedded files
/// <c>X.Localization.nl.json</c> and <c>X.Localization.en.json</c> of its assembly. Dutch is the fallback.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    public const string FallbackCulture = "nl";

    private readonly ConcurrentDictionary<Type, JsonStringLocalizer> _localizers = new();

    public IStringLocalizer Create(Type resourceSource) => _localizers.GetOrAdd(resourceSource, Load);

    public IStringLocalizer Create(string baseName, string location) => JsonStringLocalizer.Empty;

    private static JsonStringLocalizer Load(Type resource)
    {
        var texts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in new[] { "nl", "en" })
        {
            var name = $"{resource.Namespace}.{culture}.json";
            using var stream = resource.Assembly.GetManifestResourceStream(name);
            if (stream is not null)
            {
                texts[culture] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                                 ?? new Dictionary<string, string>();
            }
        }

        return new JsonStringLocalizer(texts);
    }
}

/// <summary>Looks a key up in the current UI culture, then in Dutch, then returns the key itself.</summary>
public sealed class JsonStringLocalizer(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> texts)
    : IStringLocalizer
{
    public static readonly JsonStringLocalizer Empty = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    public LocalizedString this[string name] => Find(name);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = Find(name);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments),
                text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        texts.TryGetValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var current)
            ? current.Select(pair => new LocalizedString(pair.Key, pair.Value))
            : [];

    public bool Contains(string name) =>
        texts.Values.Any(culture => culture.ContainsKey(name));

    private LocalizedString Find(string name)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (texts.TryGetValue(language, out var current) && current.TryGetValue(name, out var value))
        {
            return new LocalizedString(name, value);
        }

        if (texts.TryGetValue(JsonStringLocalizerFactory.FallbackCulture, out var fallback)
            && fallback.TryGetValue(name, out var dutch))
        {
            return new LocalizedString(name, dutch);
        }

        return new LocalizedString(name, name, resourceNotFound: true);
    }
}
