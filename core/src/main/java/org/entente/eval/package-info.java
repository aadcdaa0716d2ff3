/**
 * Evaluation against gold records: a Java port of {@code shared/eval/score.py} and an error analysis.
 *
 * <ul>
 *   <li>{@link org.entente.eval.EventFiles} reads gold and prediction JSON lines as score.py does;</li>
 *   <li>{@link org.entente.eval.Scorer} scores them into a {@link org.entente.eval.Report}, which prints
 *       exactly what {@code score.py GOLD PRED [--json] [--per-article]} prints;</li>
 *   <li>{@link org.entente.eval.NameMatcher} decides when a predicted name names a gold actor;
 *       {@link org.entente.eval.Unit} is a scoring unit (actor pair, actor at a gathering, lone actor);
 *       {@link org.entente.eval.Attributes} rates date, location, instrument, people and spheres;</li>
 *   <li>{@link org.entente.eval.ErrorAnalysis} lists, per article, what was missed, what was wrongly
 *       predicted and why (a heuristic category), and the attribute mismatches of matched events.</li>
 * </ul>
 *
 * The port follows the Python line by line, including its quirks (units deduplicated by normalised
 * names, attributes rated once per matched unit, half-even rounding of the binary value). Python's
 * {@code unicodedata} may know characters newer than the JDK's Unicode tables, and where score.py would
 * crash on malformed records (a string where an object is expected) the port reads nothing instead.
 */
package org.entente.eval;
