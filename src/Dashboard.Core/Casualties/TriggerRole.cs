namespace Dashboard.Core.Casualties;

/// <summary>How a casualty word relates to the count of its victims.</summary>
internal enum TriggerRole
{
    /// <summary>An event verb or noun whose victims follow it: مقتل 15 شخصا، أصيب 173، قتل جندي.</summary>
    Event,

    /// <summary>A verb agreeing with victims already named before it: 17 حوثيا قتلوا، شخصين قتلا.</summary>
    After,

    /// <summary>A victim noun counted by the number before it: 37 قتيلا، عشرات الجرحى، قتيلين.</summary>
    Victim,
}
