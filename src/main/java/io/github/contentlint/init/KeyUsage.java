package io.github.contentlint.init;

/**
 * How many posts carry one front matter key with a value.
 *
 * @param key the key as most posts spell it
 * @param carriers posts that give it a non-empty value (for the date: or that need none, see
 *     {@code datedOtherwise})
 * @param total the posts counted (section pages are not)
 * @param type the schema type every value has ({@code string}, {@code date}, {@code integer},
 *     {@code number}, {@code boolean}, {@code list}), or null when the values differ or the
 *     rule checks the type by itself
 * @param datedOtherwise for the date key: posts that carry no date key but need none (a Jekyll
 *     file-name date, a draft, another date key); 0 for other keys
 * @param datedNote what {@code datedOtherwise} counts ({@code 11 dated by their file names, 1 draft}),
 *     or null
 */
public record KeyUsage(String key, int carriers, int total, String type, int datedOtherwise, String datedNote) {

    /** The share of the posts that carry it, 0 to 1. */
    public double share() {
        return total == 0 ? 0 : carriers / (double) total;
    }
}
