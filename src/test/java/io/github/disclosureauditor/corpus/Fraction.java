package io.github.disclosureauditor.corpus;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact ratio, so a precision floor can be today's figure itself ("31/324") rather than a
 * rounded decimal that a slightly worse run would still pass.
 */
record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
    Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** "a/b" or a decimal such as "0.0957". */
    static Fraction parse(String s) {
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return new Fraction(new BigInteger(s.substring(0, slash).trim()), new BigInteger(s.substring(slash + 1).trim()));
        }
        BigDecimal d = new BigDecimal(s.trim());
        return d.scale() <= 0 ? new Fraction(d.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
