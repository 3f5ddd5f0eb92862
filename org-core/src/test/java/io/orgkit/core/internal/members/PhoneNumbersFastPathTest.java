package io.orgkit.core.internal.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The CN mobile fast path of {@link PhoneNumbers#e164} gives exactly libphonenumber's answer. */
class PhoneNumbersFastPathTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private final PhoneNumbers cn = new PhoneNumbers("CN");

    /** libphonenumber alone: what {@link PhoneNumbers#e164} did before the fast path. */
    private static @Nullable String reference(String cleaned, String region) {
        try {
            PhoneNumber p = UTIL.parse(cleaned, region);
            return UTIL.isPossibleNumber(p) ? UTIL.format(p, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    @Test
    void everyThreeDigitPrefixAgreesWithLibphonenumber() {
        SplittableRandom random = new SplittableRandom(9);
        int fast = 0;
        for (int prefix = 100; prefix <= 199; prefix++) {
            for (int k = 0; k < 200; k++) {
                String s = prefix + String.format("%08d", random.nextInt(100_000_000));
                if (PhoneNumbers.isPlainCnMobile(s)) {
                    fast++;
                }
                for (String written : new String[] {s, "+86" + s, "+86 " + s, "+86  " + s, "86" + s, "+861" + s}) {
                    assertThat(cn.e164(written)).as(written).isEqualTo(reference(written, "CN"));
                }
            }
            for (String edge : new String[] {prefix + "00000000", prefix + "99999999"}) {
                assertThat(cn.e164(edge)).as(edge).isEqualTo(reference(edge, "CN"));
            }
        }
        assertThat(fast).as("rows that took the fast path").isEqualTo(69 * 200); // 130..199 without 179
    }

    @Property(tries = 3_000)
    void anyElevenDigitsStartingWithOneAgree(@ForAll @StringLength(10) @CharRange(from = '0', to = '9') String rest) {
        String s = "1" + rest;
        assertThat(cn.e164(s)).as(s).isEqualTo(reference(s, "CN"));
    }

    @Property(tries = 3_000)
    void anyElevenDigitsAfterTheCountryCodeAgree(
            @ForAll @StringLength(10) @CharRange(from = '0', to = '9') String rest) {
        for (String s : new String[] {"+861" + rest, "+86 1" + rest}) {
            assertThat(cn.e164(s)).as(s).isEqualTo(reference(s, "CN"));
        }
    }

    @Property(tries = 2_000)
    void anyShortDigitOrSeparatorStringAgrees(
            @ForAll
                    @StringLength(min = 1, max = 14)
                    @CharRange(from = '0', to = '9')
                    @CharRange(from = ' ', to = ' ')
                    @CharRange(from = '-', to = '-')
                    @CharRange(from = '+', to = '+')
                    @CharRange(from = '１', to = '９')
                    String s) {
        assertThat(cn.e164(s)).as(s).isEqualTo(reference(s, "CN"));
    }

    @Test
    void onlyPlainDigitsOfAMobilePrefixTakeTheFastPath() {
        assertThat(PhoneNumbers.isPlainCnMobile("13800138000")).isTrue();
        assertThat(PhoneNumbers.isPlainCnMobile("19912345678")).isTrue();
        assertThat(PhoneNumbers.isPlainCnMobile("17912345678")).isFalse();
        assertThat(PhoneNumbers.isPlainCnMobile("12012345678")).isFalse();
        assertThat(PhoneNumbers.isPlainCnMobile("1380013800")).isFalse();
        assertThat(PhoneNumbers.isPlainCnMobile("138001380001")).isFalse();
        assertThat(PhoneNumbers.isPlainCnMobile("138 0013 800")).isFalse();
        assertThat(PhoneNumbers.isPlainCnMobile("1380013800０")).isFalse();
        assertThat(PhoneNumbers.isPlainCnMobile("+8613800138")).isFalse();
        assertThat(cn.e164("17912345678")).isEqualTo(reference("17912345678", "CN"));
        assertThat(PhoneNumbers.plainCnMobile("+8613800138000")).isEqualTo("13800138000");
        assertThat(PhoneNumbers.plainCnMobile("+86 13800138000")).isEqualTo("13800138000");
        assertThat(PhoneNumbers.plainCnMobile("13800138000")).isEqualTo("13800138000");
        assertThat(PhoneNumbers.plainCnMobile("+86-13800138000")).isNull();
        assertThat(PhoneNumbers.plainCnMobile("+87 13800138000")).isNull();
        assertThat(PhoneNumbers.plainCnMobile("8613800138000")).isNull();
        assertThat(PhoneNumbers.plainCnMobile("+86 17912345678")).isNull();
        assertThat(PhoneNumbers.plainCnMobile("")).isNull();
    }

    @Test
    void anotherRegionNeverTakesTheFastPath() {
        PhoneNumbers us = new PhoneNumbers("US");
        for (String s : new String[] {"13800138000", "19912345678", "2025550123"}) {
            assertThat(us.e164(s)).as(s).isEqualTo(reference(s, "US"));
        }
    }
}
