/**
 * A local simulator of DingTalk's server API (real HTTP on 127.0.0.1) for tests and benchmarks: the documented
 * paths, payloads, cursor paging and error codes, an in-memory directory with an admin API, fault injection,
 * permission switches and call counters. It never uses the internet.
 */
@NullMarked
package io.orgkit.tck.dingtalk;

import org.jspecify.annotations.NullMarked;
