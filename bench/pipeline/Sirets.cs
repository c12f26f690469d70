namespace DataInclusion.Pipeline.Bench;

/// <summary>SIRETs whose key is right (Luhn over the 14 digits), as INSEE issues them.</summary>
internal static class Sirets
{
    public static string Next(Random random)
    {
        Span<char> digits = stackalloc char[14];
        digits[0] = (char)('1' + random.Next(9));
        for (var i = 1; i < 13; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        digits[13] = '0';
        digits[13] = (char)('0' + (10 - LuhnSum(digits) % 10) % 10);
        return new string(digits);
    }

    // Luhn from the right: every second digit (the 2nd, 4th… from the right) is doubled.
    private static int LuhnSum(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum;
    }
}
