namespace UprGraph.Recognition;

/// <summary>What a mention names.</summary>
public enum MentionKind
{
    /// <summary>A named domestic act: "the 2014 Criminal Code", Law “On Refugees”, "a new law on public access to information".</summary>
    Law,

    /// <summary>A reference to an act named before: "the Code", "the same Code", "the Law", "the 2018 Law".</summary>
    LawReference,

    /// <summary>A numbered article or section: "article 174", each of "articles 121, 122 and 123".</summary>
    Article,

    /// <summary>A reference to an article named before: "This Article".</summary>
    ArticleReference,

    /// <summary>A convention, covenant, protocol or treaty.</summary>
    Treaty,
}
