package io.orgkit.core.internal.search;

import io.orgkit.core.search.SearchTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The digit terms of a phone number, whatever its format: all digits ({@code +86 139-0013-9002} gives
 * {@code 8613900139002}) and, for an international number, the national digits without the country code
 * ({@code 13900139002}), so a query typed with or without the country code finds it.
 */
final class PhoneDigits {
    /** Two-digit country codes (ITU E.164); codes 1 and 7 have one digit, every other code three. */
    private static final Set<String> TWO_DIGIT = Set.of(
            "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
            "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
            "86", "90", "91", "92", "93", "94", "95", "98");

    private PhoneDigits() {}

    static List<SearchTerm> terms(String phone) {
        StringBuilder digits = new StringBuilder();
        int[] origin = new int[Math.min(phone.length(), SearchTerm.MAX_LENGTH)];
        for (int i = 0; i < phone.length() && digits.length() < origin.length; i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                origin[digits.length()] = i;
                digits.append(c);
            }
        }
        if (digits.length() == 0) {
            return List.of();
        }
        int[] o = Arrays.copyOf(origin, digits.length());
        List<SearchTerm> out = new ArrayList<>(List.of(new SearchTerm(digits.toString(), o, true)));
        int cc = countryCodeLength(phone.strip(), digits.toString());
        if (cc > 0 && cc < digits.length()) {
            out.add(new SearchTerm(digits.substring(cc), Arrays.copyOfRange(o, cc, o.length), true));
        }
        return out;
    }

    /** The texts of {@link #terms}: the digits, and the national digits of an international number. */
    static List<String> texts(String phone) {
        int max = Math.min(phone.length(), SearchTerm.MAX_LENGTH);
        StringBuilder digits = new StringBuilder(max);
        for (int i = 0; i < phone.length() && digits.length() < max; i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.length() == 0) {
            return List.of();
        }
        String all = digits.toString();
        int cc = countryCodeLength(phone.strip(), all);
        return cc > 0 && cc < all.length() ? List.of(all, all.substring(cc)) : List.of(all);
    }

    /** Digits of the country code of an international number ({@code +} or {@code 00} first), else 0. */
    static int countryCodeLength(String phone, String digits) {
        String rest;
        if (phone.startsWith("+")) {
            rest = phone.substring(1);
        } else if (phone.startsWith("00")) {
            rest = phone.substring(2);
            digits = digits.substring(2);
            return 2 + countryCodeLength("+" + rest, digits);
        } else {
            return 0;
        }
        int group = 0;
        while (group < rest.length() && Character.isDigit(rest.charAt(group))) {
            group++;
        }
        if (group >= 1 && group <= 3 && group < rest.length()) {
            return group;
        }
        if (digits.startsWith("1") || digits.startsWith("7")) {
            return 1;
        }
        return digits.length() > 2 && TWO_DIGIT.contains(digits.substring(0, 2)) ? 2 : 3;
    }

    /** A query made only of digits and phone punctuation, as digits (else the query unchanged). */
    static String query(String folded) {
        boolean digit = false;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
                out.append(c);
            } else if ("+-() ./".indexOf(c) < 0) {
                return folded;
            }
        }
        return digit ? out.toString() : folded;
    }
}
