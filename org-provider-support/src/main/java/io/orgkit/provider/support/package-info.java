/**
 * What every HTTP provider shares: a typed, validated {@link io.orgkit.provider.support.HttpProviderConfig}, an
 * expiry-aware single-flight {@link io.orgkit.provider.support.TokenCache}, retries with exponential back-off,
 * jitter and {@code Retry-After} ({@link io.orgkit.provider.support.Backoff}), a shared
 * {@link io.orgkit.provider.support.QpsLimiter}, a bounded {@link io.orgkit.provider.support.ParallelFetch}, and
 * the call loop {@link io.orgkit.provider.support.ApiCaller} that a platform plugs its error classification
 * ({@link io.orgkit.provider.support.PlatformErrors}) into, and the DingTalk/WeCom callback crypto
 * {@link io.orgkit.provider.support.CallbackCipher}. See {@code docs/extending.md}.
 */
@NullMarked
package io.orgkit.provider.support;

import org.jspecify.annotations.NullMarked;
