package com.mirante.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the aggregates used last in memory, so that a command for one of them does not read its
 * whole history again: a room's housekeeping changes or an invoice's charges arrive many times a
 * day. The number of aggregates kept is bounded, which bounds the heap it takes.
 *
 * <p>Safe with several gateways on one queue: a copy made stale by another gateway's append
 * appends at a sequence number already taken, the event store's unique key refuses it, the unit
 * of work rolls back and evicts the copy, and the retry loads the aggregate from the store. A
 * stale copy that decides to append nothing decided right: the change it ignored is older than
 * what the copy holds, so older than the store's too.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCacheConfiguration {

    public static final String CACHE = "aggregateCache";

    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager(@Value("${mirante.command.cached-aggregates:5000}") long entries) {
        return CacheManagerBuilder.newCacheManagerBuilder()
                .withCache("aggregates", CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        Object.class, Object.class, ResourcePoolsBuilder.heap(entries)))
                .build(true);
    }

    @Bean(CACHE)
    @SuppressWarnings("unchecked")
    Cache aggregateCache(CacheManager aggregateCacheManager) {
        // Axon's adapter takes Ehcache's implementation type, which is what the manager hands out.
        return new EhCache3Adapter(
                (Ehcache<Object, Object>) aggregateCacheManager.getCache("aggregates", Object.class, Object.class));
    }
}
