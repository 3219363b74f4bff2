namespace UprGraph.Recognition.Stakeholders;

/// <summary>How a sentence names (or does not name) who is speaking.</summary>
public enum SourceKind
{
    /// <summary>No speaker: the sentence continues the latest one ("The Law afforded ...").</summary>
    None,

    /// <summary>"AI noted", "IBAHRI, ICJ, JS7 and L4L noted", "The European Association ... (EAJW) meanwhile noted".</summary>
    Named,

    /// <summary>"According to JS9, ...".</summary>
    According,

    /// <summary>"It recommended", "They noted": the latest named speaker.</summary>
    Pronoun,

    /// <summary>"Kazakhstan was recommended to ...", "It was also recommended to ...": nobody named.</summary>
    Passive,

    /// <summary>"HRW and JS10 made similar observations".</summary>
    SimilarObservations,
}
