package org.netagraph.extract.rules;

import org.netagraph.lexicon.WordClasses;

/**
 * A condition on a mention inside {@code LAYER{...}}: {@code key=value} ({@code *} at either end as
 * for words), {@code key!=value}, the value of a capture ({@code key=$name}), a word of a class
 * ({@code key=%class}) or holding one ({@code key~%class}). Keys: {@code type} (the lexicon type:
 * {@code OFFICE}), {@code value}, {@code kind} (also {@code lang}), {@code source}, {@code surface}
 * (in matching form), {@code flag} (an office flag of {@code offices.tsv}), {@code at} (the
 * mention's span is a capture's). A bare word is {@code value=word}.
 *
 * @param key the field
 * @param negate true for {@code !=}
 * @param literal the value written (matching form for {@code surface}), or null
 * @param fit how the literal compares
 * @param capture the capture compared with, or null
 * @param wordClass the class, or null
 * @param inside with a class: the field holds one of its words ({@code ~})
 */
public record Filter(
    String key,
    boolean negate,
    String literal,
    TokenTest.Fit fit,
    String capture,
    WordClasses.WordClass wordClass,
    boolean inside) {}
