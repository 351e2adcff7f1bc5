namespace BBConduct.Rules.Text;

/// <summary>Turns original text into <see cref="NormalizedText"/> tokens in one pass; never throws.</summary>
internal static class Tokenizer
{
    /// <summary>Tokenises <paramref name="text"/> into <paramref name="output"/>.</summary>
    public static void Run(NormalizedText output, string text)
    {
        var state = new State(output);
        var plainLower = CharFolding.AsciiLowerLettersArePlain;
        var plainSpace = CharFolding.KindOf(' ') == CharKind.Separator;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];

            // The two commonest cases, handled as the general path below would: a lower-case ASCII letter, a space.
            if (plainLower && char.IsAsciiLetterLower(c))
            {
                i = state.AppendLowerAsciiLetters(text, i);
                continue;
            }

            if (plainSpace && c == ' ')
            {
                state.EndToken();
                i++;
                continue;
            }

            int width = 1;
            CharKind kind;
            char folded;
            string? expansion = null;

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                kind = CharFolding.FoldSupplementary(char.ConvertToUtf32(c, text[i + 1]), out folded);
            }
            else
            {
                kind = CharFolding.KindOf(c);
                folded = CharFolding.Fold(c);
                if (kind == CharKind.Letter && CharFolding.TryGetExpansion(c, out var e))
                {
                    expansion = e;
                }
            }

            switch (kind)
            {
                case CharKind.Letter:
                case CharKind.Digit:
                    if (expansion is null)
                    {
                        state.Append(folded, kind, i, width, IsUpper(c));
                        if (plainLower)
                        {
                            i = state.AppendLowerAsciiLetters(text, i + width);
                            continue;
                        }
                    }
                    else
                    {
                        foreach (var x in expansion)
                        {
                            state.Append(x, char.IsAsciiDigit(x) ? CharKind.Digit : CharKind.Letter, i, width, IsUpper(c));
                        }
                    }

                    break;
                case CharKind.Mark:
                    state.ExtendCurrent(i + width);
                    break;
                case CharKind.Invisible:
                    break;
                case CharKind.Apostrophe:
                    if (IsPossessive(text, i))
                    {
                        // "Carter's" is "Carter": the word ends here and the 's is dropped.
                        state.EndToken();
                        width = 2;
                    }
                    else if (!(state.InToken && NextIsWordChar(text, i + 1)))
                    {
                        state.EndToken();
                    }

                    break;
                case CharKind.LeetSymbol:
                    // "$hit", "sh!t", "p!$$", "ky$": a symbol inside a word, or a trailing $ after letters, is a letter.
                    if ((NextIsWordOrLeet(text, i + 1) && (state.InToken || c != '!'))
                        || (c is '$' or '\uFF04' && state.InToken && state.LastIsLetter))
                    {
                        state.Append(LeetLetter(folded), CharKind.Letter, i, width, upper: false, leet: true);
                    }
                    else
                    {
                        state.EndToken();
                        if (c is '!' or '\uFF01')
                        {
                            state.SentenceBreak();
                        }
                    }

                    break;
                case CharKind.Mask:
                    if (state.InToken && MaskLeadsToLetter(text, i + 1))
                    {
                        state.AppendMask(i, width);
                    }
                    else
                    {
                        state.EndToken();
                    }

                    break;
                case CharKind.SentenceEnd:
                    var lastTokenText = state.LastTokenIsTitleOrInitial();
                    state.EndToken();
                    if (c is '\n' or '\r' || !(NextIsWordChar(text, i + 1) || lastTokenText))
                    {
                        state.SentenceBreak();
                    }

                    break;
                default:
                    state.EndToken();
                    break;
            }

            i += width;
        }

        state.EndToken();
    }

    private static bool IsUpper(char c) => char.IsUpper(c);

    /// <summary>The letter a digit imitates in leetspeak ("sh1t", "a55", "5 h 1 t"), or the character itself.</summary>
    internal static char DigitAsLetter(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        _ => c,
    };

    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe > 0
        && apostrophe + 1 < text.Length
        && text[apostrophe + 1] is 's' or 'S'
        && CharFolding.KindOf(text[apostrophe - 1]) == CharKind.Letter
        && !NextIsWordChar(text, apostrophe + 2);

    private static char LeetLetter(char symbol) => symbol switch
    {
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        '\u20AC' => 'e',
        _ => symbol,
    };

    private static bool NextIsWordChar(string text, int index)
    {
        while (index < text.Length)
        {
            var c = text[index];
            if (char.IsSurrogate(c))
            {
                return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
                    && CharFolding.FoldSupplementary(char.ConvertToUtf32(c, text[index + 1]), out _) is CharKind.Letter or CharKind.Digit;
            }

            var kind = CharFolding.KindOf(c);
            if (kind is CharKind.Invisible or CharKind.Mark)
            {
                index++;
                continue;
            }

            return kind is CharKind.Letter or CharKind.Digit;
        }

        return false;
    }

    private static bool NextIsWordOrLeet(string text, int index)
    {
        while (index < text.Length && CharFolding.KindOf(text[index]) == CharKind.LeetSymbol && text[index] is not ('!' or '\uFF01'))
        {
            index++;
        }

        return NextIsWordChar(text, index) || (index > 0 && index <= text.Length && CharFolding.KindOf(text[index - 1]) == CharKind.LeetSymbol && text[index - 1] is not ('!' or '\uFF01'));
    }

    private static bool MaskLeadsToLetter(string text, int index)
    {
        while (index < text.Length && CharFolding.KindOf(text[index]) == CharKind.Mask)
        {
            index++;
        }

        return NextIsWordChar(text, index);
    }

    /// <summary>Builds one token at a time.</summary>
    private ref struct State
    {
        private readonly NormalizedText _out;
        private Token _current;
        private int _sentence;
        private bool _sentenceHasTokens;
        private bool _hasLetter;
        private bool _hasDigit;
        private int _letterCount;
        private bool _lastWasMask;

        public State(NormalizedText output)
        {
            _out = output;
            InToken = false;
            _current = default;
        }

        public bool InToken { get; private set; }

        public readonly bool LastIsLetter =>
            InToken && _current.NormLength > 0 && char.IsLetter(_out.Chars[_current.NormStart + _current.NormLength - 1]);

        public void Append(char folded, CharKind kind, int originalIndex, int width, bool upper, bool leet = false)
        {
            if (!InToken)
            {
                Start(originalIndex, upper);
            }

            if (kind == CharKind.Letter)
            {
                _hasLetter = true;
                _letterCount++;
                if (!upper)
                {
                    _current.Flags &= ~TokenFlags.Shouted;
                }
            }
            else
            {
                _hasDigit = true;
            }

            if (leet)
            {
                _current.Flags |= TokenFlags.Leet;
            }

            var chars = _out.Chars;
            var runs = _out.Runs;
            var end = _current.NormStart + _current.NormLength;
            if (_current.NormLength > 0 && !_lastWasMask && chars[end - 1] == folded)
            {
                if (runs[end - 1] < byte.MaxValue)
                {
                    runs[end - 1]++;
                }
            }
            else
            {
                _out.EnsureCharCapacityPreserving(end + 1);
                _out.Chars[end] = folded;
                _out.Runs[end] = 1;
                _current.NormLength++;
            }

            _lastWasMask = false;
            _current.OriginalEnd = originalIndex + width;
        }

        /// <summary>
        /// Appends the lower-case ASCII letters from <paramref name="index"/> on, as <see cref="Append"/> would one by
        /// one (they are most of any text, and fold to themselves); returns the index after them.
        /// </summary>
        public int AppendLowerAsciiLetters(string text, int index)
        {
            if (index >= text.Length || !char.IsAsciiLetterLower(text[index]))
            {
                return index;
            }

            if (!InToken)
            {
                Start(index, upper: false);
            }

            var chars = _out.Chars;
            var runs = _out.Runs;
            var start = _current.NormStart;
            var end = start + _current.NormLength;
            var lastWasMask = _lastWasMask;
            var first = index;
            while (index < text.Length && char.IsAsciiLetterLower(text[index]))
            {
                var c = text[index];
                if (end > start && !lastWasMask && chars[end - 1] == c)
                {
                    if (runs[end - 1] < byte.MaxValue)
                    {
                        runs[end - 1]++;
                    }
                }
                else
                {
                    if (end >= chars.Length)
                    {
                        _out.EnsureCharCapacityPreserving(end + 1);
                        chars = _out.Chars;
                        runs = _out.Runs;
                    }

                    chars[end] = c;
                    runs[end] = 1;
                    end++;
                }

                lastWasMask = false;
                index++;
            }

            _hasLetter = true;
            _letterCount += index - first;
            _current.Flags &= ~TokenFlags.Shouted;
            _current.NormLength = end - start;
            _lastWasMask = false;
            _current.OriginalEnd = index;
            return index;
        }

        public void AppendMask(int originalIndex, int width)
        {
            var end = _current.NormStart + _current.NormLength;
            _out.EnsureCharCapacityPreserving(end + 1);
            _out.Chars[end] = '*';
            _out.Runs[end] = 1;
            _current.NormLength++;
            _current.Flags |= TokenFlags.Masked;
            _lastWasMask = true;
            _current.OriginalEnd = originalIndex + width;
        }

        public void ExtendCurrent(int originalEnd)
        {
            if (InToken)
            {
                _current.OriginalEnd = originalEnd;
            }
        }

        public readonly bool LastTokenIsTitleOrInitial()
        {
            if (!InToken)
            {
                return false;
            }

            var text = _out.Chars.AsSpan(_current.NormStart, _current.NormLength);
            return text.Length == 1 || text is "mr" or "mrs" or "ms" or "mx" or "dr" or "prof" or "rev" or "st" or "sr" or "jr";
        }

        public void SentenceBreak()
        {
            if (_sentenceHasTokens)
            {
                _sentence++;
                _sentenceHasTokens = false;
            }
        }

        public void EndToken()
        {
            if (!InToken)
            {
                return;
            }

            InToken = false;
            if (_hasDigit && _hasLetter)
            {
                ReadDigitsAsLetters();
            }
            else if (_hasDigit)
            {
                _current.Flags |= TokenFlags.Numeric;
            }

            if (_letterCount < 2)
            {
                _current.Flags &= ~TokenFlags.Shouted;
            }

            _current.Sentence = _sentence;
            _sentenceHasTokens = true;
            _out.AddToken(_current);
        }

        private void Start(int originalIndex, bool upper)
        {
            InToken = true;
            _current = new Token
            {
                NormStart = NextStart(),
                NormLength = 0,
                OriginalStart = originalIndex,
                OriginalEnd = originalIndex,
                Flags = (upper ? TokenFlags.Capitalized : TokenFlags.None) | TokenFlags.Shouted,
            };
            _hasLetter = _hasDigit = _lastWasMask = false;
            _letterCount = 0;
        }

        private readonly int NextStart()
        {
            if (_out.TokenCount == 0)
            {
                return 0;
            }

            ref readonly var last = ref _out[_out.TokenCount - 1];
            return last.NormStart + last.NormLength;
        }

        /// <summary>Reads digits inside a word as the letters they imitate (sh1t, a55) and re-squeezes runs.</summary>
        private void ReadDigitsAsLetters()
        {
            var chars = _out.Chars;
            var runs = _out.Runs;
            var start = _current.NormStart;
            var write = start;
            for (var read = start; read < start + _current.NormLength; read++)
            {
                var c = Tokenizer.DigitAsLetter(chars[read]);
                if (c != chars[read])
                {
                    _current.Flags |= TokenFlags.Leet;
                }

                if (write > start && chars[write - 1] == c && c != '*')
                {
                    runs[write - 1] = (byte)Math.Min(byte.MaxValue, runs[write - 1] + runs[read]);
                }
                else
                {
                    chars[write] = c;
                    runs[write] = runs[read];
                    write++;
                }
            }

            _current.NormLength = write - start;
        }
    }
}
