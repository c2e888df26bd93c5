namespace Groundplan.Tokens;

/// <summary>One slot of <see cref="RankTable"/>'s index: the key's first eight bytes (zero-padded), its length and rank + 1 (0 = empty).</summary>
internal readonly record struct RankSlot(ulong Prefix, int Length, int RankPlusOne);
