using Groundplan.Retrieve.Terms;

namespace Groundplan.Tests.Retrieve;

public sealed class TermsTests
{
    [Theory]
    [InlineData("getUserAccount", "get user account")]
    [InlineData("user_account-settings", "user account settings")]
    [InlineData("HTMLParser v2 x", "html parser")]
    [InlineData("ServerSettingDTO.cs", "server setting dto cs")]
    [InlineData("api/v1/checks/<uuid>/pings", "api checks uuid pings")]
    public void CodeTokenizer_Identifiers_SplitIntoLowerCaseWords(string text, string expected)
    {
        // Given code-style text; When it is tokenised; Then camelCase, snake, kebab and acronyms split, numbers and one-letter parts drop.
        Assert.Equal(expected.Split(' '), Tokens(text));
    }

    [Theory]
    [InlineData("delete", "deleted", "deleting", "deletes")]
    [InlineData("setting", "settings", "setting", "settings")]
    [InlineData("category", "categories", "category", "categories")]
    [InlineData("match", "matches", "match", "matched")]
    public void Stemmer_Inflections_MeetOnOneStem(string a, string b, string c, string d)
    {
        var stems = new[] { a, b, c, d }.Select(Stemmer.Stem).Distinct().ToArray();

        Assert.Single(stems);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("string")]
    [InlineData("ip")]
    public void Stemmer_ShortOrProtectedWords_StayWhole(string word)
    {
        Assert.Equal(word, Stemmer.Stem(word));
    }

    [Fact]
    public void Parse_RequestWithGlueWords_KeepsSubjectWordsAndAddsSynonyms()
    {
        // Given a request phrased the usual way
        var query = Query.Parse("Add the ability to delete user accounts", null);

        // Then glue and request verbs are gone, the subject stays, and synonyms join at a lower weight
        var direct = query.Terms.Where(t => !t.IsSynonym).Select(t => t.Stem).ToArray();
        Assert.Equal(["delet", "user", "account"], direct);
        var remove = Assert.Single(query.Terms, t => t.Stem == "remov");
        Assert.True(remove.IsSynonym);
        Assert.True(remove.Weight < 1);
    }

    [Fact]
    public void Parse_AdjacentWords_BecomePairsForPhraseMatching()
    {
        var query = Query.Parse("Base Url support", null);

        var (first, second) = Assert.Single(query.Pairs);
        Assert.Equal("bas", query.Terms[first].Stem);
        Assert.Equal("url", query.Terms[second].Stem);
    }

    [Theory]
    [InlineData("support for disabling public memos", "disabling")]
    [InlineData("customizable admin path", "customizable")]
    public void Parse_TurningSomethingOffOrCustomizingIt_ImpliesSettings(string request, string trigger)
    {
        var query = Query.Parse(request, null);

        // Then "setting" joins as a weaker term, and reasons name the word that implied it
        var setting = Assert.Single(query.Terms, t => t.Stem == "sett");
        Assert.True(setting.IsSynonym && setting.IsImplied);
        Assert.Equal(trigger, setting.Word);
    }

    [Fact]
    public void Parse_StoryWords_WeighLessThanRequestWords()
    {
        var query = Query.Parse("export invoices", "As an accountant I want spreadsheets");

        Assert.Equal(1.0, query.Terms.Single(t => t.Stem == "invoic").Weight);
        Assert.True(query.Terms.Single(t => t.Stem == "spreadsheet").Weight < 1.0);
    }

    [Fact]
    public void Parse_InflectedStopWord_DroppedLikeItsBase()
    {
        // Given a request that says "changing" where the stop list says "change", and a word whose stem is a short stop word
        var query = Query.Parse("Allow changing billing addresses and the theme", null);

        // Then the inflection is glue too, while "theme" (stem "them") stays a subject word
        var direct = query.Terms.Where(t => !t.IsSynonym).Select(t => t.Stem).ToArray();
        Assert.Equal(["bill", "address", "them"], direct);
    }

    [Fact]
    public void Parse_TitleCaseLabel_KeepsItsStopWords()
    {
        // Given a request naming two UI labels in Title Case, and a sentence-initial request verb
        var query = Query.Parse("Quick Actions for On Hold and Recently Added", null);

        // Then the labels keep their glue words, so "on hold" and "recently added" can match OnHold and RecentlyAdded
        var direct = query.Terms.Where(t => !t.IsSynonym).Select(t => t.Stem).ToArray();
        Assert.Equal(["quick", "action", "on", "hold", "recently", "add"], direct);
        Assert.Contains(query.Pairs, p => query.Terms[p.First].Stem == "recently" && query.Terms[p.Second].Stem == "add");
        Assert.DoesNotContain(Query.Parse("Added tags to posts", null).Terms, t => t.Stem == "add");
    }

    [Fact]
    public void Parse_SynonymStemmingToGlueWord_Dropped()
    {
        // Given a word whose synonym "note" stems to the stop word "not"
        var query = Query.Parse("comment pinning", null);

        // Then the synonym that would match every "not" in the code is left out, its siblings stay
        Assert.DoesNotContain(query.Terms, t => t.Stem == "not");
        Assert.Contains(query.Terms, t => t.Stem == "memo" && t.IsSynonym);
    }

    [Fact]
    public void Parse_RepeatedWord_WeighsMoreWithDiminishingReturns()
    {
        // Given a request that names its subject three times and another word once
        var query = Query.Parse("invoice export: send Invoices with a total, like other invoice tools", null);

        // Then the repeated word outweighs the single one, and three mentions count less than three times one
        var invoice = query.Terms.Single(t => t.Stem == "invoic").Weight;
        var total = query.Terms.Single(t => t.Stem == "total").Weight;
        Assert.Equal(1.0, total);
        Assert.InRange(invoice, 1.5, 2.0);
    }

    private static List<string> Tokens(string text)
    {
        var list = new List<string>();
        Span<char> buffer = stackalloc char[CodeTokenizer.MaxTokenLength];
        var tokens = new CodeTokenizer(text, buffer);
        while (tokens.MoveNext())
        {
            list.Add(new string(tokens.Current));
        }

        return list;
    }

    [Theory]
    [InlineData("feat: google auth", "googl auth")]
    [InlineData("feat(billing)!: invoice reminders", "bill invoic reminder")]
    [InlineData("Fix: dark mode flags", "dark mod flag")]
    [InlineData("Add fixture loading", "fixtur load")]
    public void Parse_ConventionalCommitType_DroppedButScopeKept(string request, string stems)
    {
        var query = Query.Parse(request, null);

        Assert.Equal(stems, string.Join(" ", query.Terms.Where(t => !t.IsSynonym).Select(t => t.Stem)));
    }
}
