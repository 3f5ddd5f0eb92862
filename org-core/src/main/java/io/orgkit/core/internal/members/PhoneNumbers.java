package io.orgkit.core.internal.members;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Quote;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Phones in E.164 ({@code +8613800138000}) with libphonenumber: a number written without a country code is read
 * as a number of the default region, so {@code 13800138000}, {@code 138-0013-8000} and {@code +86 138 0013 8000}
 * are one phone (region CN).
 */
public final class PhoneNumbers {
    /** The default region unless the service builder sets one. */
    public static final String DEFAULT_REGION = "CN";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String region;
    private final boolean cn;

    /**
     * @param region an ISO 3166 two-letter region code libphonenumber knows (e.g. {@code CN}, {@code US})
     * @throws ValidationException for an unknown region
     */
    public PhoneNumbers(String region) {
        String r = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(r)) {
            throw ValidationException.of(
                    "phoneRegion",
                    Quote.of(String.valueOf(region)) + " is not a region code"
                            + " known to libphonenumber; use a two-letter ISO 3166 code such as CN or US");
        }
        this.region = r;
        this.cn = r.equals("CN");
    }

    /**
     * The fast path of region CN, for the most common cell of a Chinese member file: a mobile number written as
     * 11 plain digits (alone or after {@code +86}, see {@link #plainCnMobile}) {@code 1[3-9]x xxxx xxxx} (not {@code 179}, a carrier-selection prefix libphonenumber strips).
     * libphonenumber reads each of these as the national number itself, a possible CN number, so its E.164 is
     * {@code +86} and the digits; a test compares this against libphonenumber for every such prefix.
     */
    static boolean isPlainCnMobile(String s) {
        return s.length() == 11 && isPlainCnMobile(s, 0);
    }

    /**
     * The 11 digits of a plain CN mobile written alone, or after {@code +86} (with or without one space), else
     * null.
     */
    static @Nullable String plainCnMobile(String s) {
        int from = s.length() - 11;
        boolean alone = from == 0;
        boolean afterCode = (from == 3 || (from == 4 && s.charAt(3) == ' ')) && s.startsWith("+86");
        if ((alone || afterCode) && isPlainCnMobile(s, from)) {
            return alone ? s : s.substring(from);
        }
        return null;
    }

    private static boolean isPlainCnMobile(String s, int o) {
        if (s.charAt(o) != '1') {
            return false;
        }
        char second = s.charAt(o + 1);
        if (second < '3' || second > '9' || (second == '7' && s.charAt(o + 2) == '9')) {
            return false;
        }
        for (int i = o + 2; i < o + 11; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public String region() {
        return region;
    }

    /** The number in E.164, or null when it is not a possible phone number. */
    public @Nullable String e164(String cleaned) {
        if (cn) {
            String mobile = plainCnMobile(cleaned);
            if (mobile != null) {
                return "+86" + mobile;
            }
        }
        try {
            PhoneNumber p = UTIL.parse(cleaned, region);
            return UTIL.isPossibleNumber(p) ? UTIL.format(p, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The message for a refused phone. */
    String refusal(String cleaned) {
        return Quote.of(cleaned) + " is not a phone number; write it with its country code (+86 138 0013 8000)"
                + " or as a number of region " + region;
    }
}
