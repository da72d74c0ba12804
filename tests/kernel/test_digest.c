/*
 * test_digest.c: the kernel digests (digest.h) against the standard test messages
 * ("", "abc", the 448-bit FIPS message, a million 'a's fed in odd-sized pieces), keyed
 * and parameterised BLAKE2, SHAKE output lengths, non-destructive finalisation and the
 * argument checks (wrong output length, bad BLAKE2 parameters, unknown algorithm), and
 * every message length from 0 to 299 (prefix_chain).
 */
#include <stdio.h>
#include <string.h>

#include "kernel/digest.h"
#include "ktest.h"

/* Expected hex digests of the standard messages (the FIPS 180/202, RFC 1321 and RFC 7693 results, as CPython 3.11 hashlib prints them). */
static const char *const digest_vectors[4][14] = {
    {"d41d8cd98f00b204e9800998ecf8427e",
     "da39a3ee5e6b4b0d3255bfef95601890afd80709",
     "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f",
     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
     "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b",
     "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
     "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7",
     "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a",
     "0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004",
     "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26",
     "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26",
     "46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f",
     "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce",
     "69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9"},
    {"900150983cd24fb0d6963f7d28e17f72",
     "a9993e364706816aba3e25717850c26c9cd0d89d",
     "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
     "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
     "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
     "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf",
     "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
     "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25",
     "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0",
     "5881092dd818bf5cf8a3ddb793fbcba74097d5c526a6d35f97b83351940f2cc8",
     "483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739",
     "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
     "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"},
    {"51ca2ed25e7440adbbadfe02e0523a41",
     "fed35f116f0af2b44a3dae18b8a6de5096c34f64",
     "59b2c181072ec495d9383c3939c99db6563d5efb3fdd101284e33c9e",
     "e5430ad4b0ccee90cbcbe54adb271136ac5b471d789a13a88e7bb977c342e3cd",
     "cdc133bfd441ee6cfe1a6a4ff644cc2f65a9f8b7c540ce71e373c13e967383686e609de0af80615ca6b5e288aed47eba",
     "afa5cebd1ae7ef6e603ba39c90e6068ff932088b47d39beffac25ef3f643707d20e364c62c5f7d940cf935e00e142f976422af72590bf39c0006ade610d1c936",
     "e89c18f9a344e31fcf4d6fb9f078ca1f1985f2514e713a0e330e61a6",
     "fcd881e990b30f70b4dbc46efd845853fb022b2f8cff0a3e080ef7a2aa8496cd",
     "28aec0cb9d10798a33410d5a6fd2088019ea73cf57fa5cebef5b639127af6aec19e53c5c47bfb36099170196173f9d2a",
     "2f648cecacc2158962e8f58cd0f1747c74876d93b8d78115d5f1a98554e03091487f5000c6704a1b547bb22cda9ba8e6006906927f30636938c132ee840c5791",
     "1cbe46d25460ae455bdf7da91804f4d2c3beb4565cb23ddc15bd69051bd12edc",
     "54b78181a21e3144e12d36a92863d3d475b675f34b25def574c89f28df762fb5",
     "3a634ce31d862620975bb12fa524f58861fdd32d9835ec19dc0fd04fd410ed19b87c1941adfdbf93bb8e42ce6dfff81fee22c955225ad882881a049ee53b3e25",
     "b77e9c6101fe60e68f29f345deb6c15e3553e633c1f6acf638e613fd175afbc9"},
    {"7707d6ae4e027c70eea2a935c2296f21",
     "34aa973cd4c4daa4f61eeb2bdbad27316534016f",
     "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67",
     "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
     "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985",
     "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b",
     "d69335b93325192e516a912e6d19a15cb51c6ed5c15243e7a7fd653c",
     "5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1",
     "eee9e24d78c1855337983451df97c8ad9eedf256c6334f8e948d252d5e0e76847aa0774ddb90a842190d2c558b4b8340",
     "3c3a876da14034ab60627c077bb98f7e120a2a5370212dffb3385a18d4f38859ed311d0a9d5141ce9cc5c66ee689b266a8aa18ace8282a0e0db596c90b0a7b87",
     "9d222c79c4ff9d092cf6ca86143aa411e369973808ef97093255826c5572ef58",
     "3578a7a4ca9137569cdf76ed617d31bb994fca9c1bbf8b184013de8234dfd13a",
     "98fb3efb7206fd19ebf69b6f312cf7b64e3b94dbe1a17107913975a793f177e1d077609d7fba363cbba00d05f7aa4e4fa8715d6428104c0a75643b0ff3fd3eaf",
     "bec0c0e6cde5b67acb73b81f79a67a4079ae1c60dac9d2661af18e9f8b50dfa5"},
};
static const char *const blake2b_keyed = "142709d62e28fcccd0af97fad0f8465b971e82201dc51070faa0372aa43e92484be1c1e73ba10906d5d1853db6a4106e0a7bf9800d373d6dee2d46d62ef2a461";
static const char *const blake2s_keyed = "3fb735061abc519dfe979e54c1ee5bfad0a9d858b3315bad34bde999efd724dd";
static const char *const blake2b_salted = "598037f5dd8be24770bc184bb8eb16b777717678";
static const char *const blake2s_salted = "469e439d6c1ad7e4db0d6bb68efd3ce4defea44b";

/* Every message length 0..299 (a block plus its padding boundaries, twice over): each
 * algorithm's digests of bytes(range(256)) * 2 cut to those lengths, fed in order into one
 * more context of the same algorithm (SHAKE: 32-byte outputs), as CPython 3.11 computes
 * it. Regression: lengths 48..55 mod 64 (112..119 mod 128 for SHA-384/512) once got no
 * length field in their padding. */
static const char *const prefix_chain[14] = {
    "25fecb951fbcca8a0793500af76dfab4",
    "7261d91c9ffd63ee8e68156d4d57e733d4ad7243",
    "aea0c674dc72b769fd3d469115eb75a7679cb9bc427bbc9fe724f08e",
    "df90175783c44235cf6aefd935a2c2747f42399416d16789ece339f1fd26d835",
    "6e7bbca78761c12cbe06d9d1874b8f819d0757200359f40f7cda1918979607d5e98c18577fdbb9804b7b2fce35afcd8e",
    "97248248ab8e9324b9577e93acd92914d32bb25edcacbb91edb75576dea14781b5b477c027835c43a08ddc16cbbcd6d067d159897e5c18aa43aeeb2e49811bb3",
    "216ea1c8d88727e7afc76d7622bb53ac33227931268c0eb7701d24e8",
    "e2ff6c5188d2c620b8312b2eaa5c9a1e02fcd0a73d2176d012328ccc0ce44713",
    "df7b934179fe06aaeab1bb5ed89a5d6ffcf03325dccf42c0f0f80a96ee4fd083c667d9fdcd1962b230172f7ccf7a45db",
    "fdc993d384417e860dee216732f6260b8857c40996df7939c6416ffa81e08a34dc0aff2bd318d8cc32a54b915f62514df2a408ce9b884d675bee4d41757863d9",
    "046857288e59c6cd470cd0c53f9f78a74461a24a58f78ed81adb2a6c4c94d238",
    "52843120525f7ea22617695a80a1a26fdcbd312d02452f74a3b4e97b0bedaaa1",
    "0be5faba1bb71424bf2c618ce3740c0b385ee4e6cd7efc379232b0e17397db5c255ff9e3576f1334565dbb670a36f5ab7729143c157a95ef2a490e8ca6437e60",
    "ba4d4ece5f0b8d662380689094757243880c72687feb6604d31e9d6dcef63513",
};

static int hexval(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    return ch - 'a' + 10;
}

// True when out[0 .. n-1] spells the lower-case hex string [hex].
static int matches(const uint8_t *out, size_t n, const char *hex) {
    if (strlen(hex) != 2 * n) return 0;
    for (size_t i = 0; i < n; i++)
        if (out[i] != (uint8_t)(hexval(hex[2 * i]) * 16 + hexval(hex[2 * i + 1]))) return 0;
    return 1;
}

static int final_matches(const DigestCtx *c, const char *hex) {
    uint8_t out[128];
    size_t n = c->digest_size ? c->digest_size : 32;
    if (digest_final(c, out, n) != K_OK) return 0;
    return matches(out, n, hex);
}

int main(void) {
    static uint8_t million[1000000];
    memset(million, 'a', sizeof million);
    const char *msgs[3] = {"", "abc", "abcdbcdecdefdefgefghfghighijhijkijkljklmjklmnklmnomnopnopq"};
    for (int a = 0; a < DIGEST__COUNT; a++) {
        DigestCtx c;
        for (int m = 0; m < 3; m++) {
            CHECK(digest_init(&c, (DigestAlg)a) == K_OK);
            digest_update(&c, (const uint8_t *)msgs[m], strlen(msgs[m]));
            CHECK(final_matches(&c, digest_vectors[m][a]));
            // finalising does not disturb the context
            CHECK(final_matches(&c, digest_vectors[m][a]));
        }
        // a million 'a's in pieces of 1, 2, 3, ... bytes crossing every block boundary
        CHECK(digest_init(&c, (DigestAlg)a) == K_OK);
        size_t pos = 0, step = 1;
        while (pos < sizeof million) {
            size_t take = step < sizeof million - pos ? step : sizeof million - pos;
            digest_update(&c, million + pos, take);
            pos += take;
            step = step % 300 + 1;
        }
        CHECK(final_matches(&c, digest_vectors[3][a]));
        // the same in one call
        CHECK(digest_init(&c, (DigestAlg)a) == K_OK);
        digest_update(&c, million, sizeof million);
        CHECK(final_matches(&c, digest_vectors[3][a]));
        uint8_t out[200];
        if (c.digest_size != 0) {
            CHECK(digest_final(&c, out, c.digest_size + 1u) == K_RANGE);
            CHECK(digest_final(&c, out, 0) == K_RANGE);
        } else {
            // SHAKE: a longer output starts with the shorter one
            uint8_t shorter[32];
            CHECK(digest_final(&c, out, sizeof out) == K_OK);
            CHECK(digest_final(&c, shorter, sizeof shorter) == K_OK);
            CHECK(memcmp(out, shorter, sizeof shorter) == 0);
            CHECK(digest_final(&c, out, 0) == K_OK);
        }
    }

    static uint8_t pattern[512];
    for (size_t i = 0; i < sizeof pattern; i++) pattern[i] = (uint8_t)i;
    for (int a = 0; a < DIGEST__COUNT; a++) {
        DigestCtx chain, one;
        CHECK(digest_init(&chain, (DigestAlg)a) == K_OK);
        for (size_t n = 0; n < 300; n++) {
            uint8_t d[64];
            CHECK(digest_init(&one, (DigestAlg)a) == K_OK);
            digest_update(&one, pattern, n);
            size_t dn = one.digest_size ? one.digest_size : 32;
            CHECK(digest_final(&one, d, dn) == K_OK);
            digest_update(&chain, d, dn);
        }
        CHECK(final_matches(&chain, prefix_chain[a]));
    }

    uint8_t key[64], data[255], out[64];
    for (int i = 0; i < 64; i++) key[i] = (uint8_t)i;
    for (int i = 0; i < 255; i++) data[i] = (uint8_t)i;
    DigestCtx c;
    DigestBlake2Params p = {0};
    p.digest_size = 64;
    p.key = key;
    p.key_len = 64;
    p.fanout = 1;
    p.depth = 1;
    CHECK(digest_init_blake2(&c, DIGEST_BLAKE2B, &p) == K_OK);
    digest_update(&c, data, sizeof data);
    CHECK(digest_final(&c, out, 64) == K_OK && matches(out, 64, blake2b_keyed));
    p.digest_size = 32;
    p.key_len = 32;
    CHECK(digest_init_blake2(&c, DIGEST_BLAKE2S, &p) == K_OK);
    digest_update(&c, data, 100);
    digest_update(&c, data + 100, 155);
    CHECK(digest_final(&c, out, 32) == K_OK && matches(out, 32, blake2s_keyed));

    DigestBlake2Params q = {0};
    q.digest_size = 20;
    q.salt = (const uint8_t *)"salty";
    q.salt_len = 5;
    q.person = (const uint8_t *)"me";
    q.person_len = 2;
    q.fanout = 2;
    q.depth = 3;
    q.leaf_size = 7;
    q.node_offset = 9;
    q.node_depth = 1;
    q.inner_size = 11;
    q.last_node = true;
    CHECK(digest_init_blake2(&c, DIGEST_BLAKE2B, &q) == K_OK);
    digest_update(&c, (const uint8_t *)"hi", 2);
    CHECK(digest_final(&c, out, 20) == K_OK && matches(out, 20, blake2b_salted));
    CHECK(digest_init_blake2(&c, DIGEST_BLAKE2S, &q) == K_OK);
    digest_update(&c, (const uint8_t *)"hi", 2);
    CHECK(digest_final(&c, out, 20) == K_OK && matches(out, 20, blake2s_salted));

    // parameter limits
    q.digest_size = 0;
    CHECK(digest_init_blake2(&c, DIGEST_BLAKE2B, &q) == K_RANGE);
    q.digest_size = 33;
    CHECK(digest_init_blake2(&c, DIGEST_BLAKE2S, &q) == K_RANGE);
    q.digest_size = 32;
    q.salt_len = 9;
    CHECK(digest_init_blake2(&c, DIGEST_BLAKE2S, &q) == K_RANGE);
    q.salt_len = 5;
    q.depth = 0;
    CHECK(digest_init_blake2(&c, DIGEST_BLAKE2B, &q) == K_RANGE);
    q.depth = 1;
    q.node_offset = (uint64_t)1 << 48;
    CHECK(digest_init_blake2(&c, DIGEST_BLAKE2S, &q) == K_RANGE);
    CHECK(digest_init_blake2(&c, DIGEST_BLAKE2B, &q) == K_OK);
    CHECK(digest_init_blake2(&c, DIGEST_SHA256, &q) == K_INVALID);
    CHECK(digest_init(&c, DIGEST__COUNT) == K_INVALID);
    // a corrupted context is refused, not trusted
    CHECK(digest_init(&c, DIGEST_SHA256) == K_OK);
    c.buflen = 64;
    digest_update(&c, data, 10);
    CHECK(c.buflen == 64);
    CHECK(digest_final(&c, out, 32) == K_INVALID);
    c.buflen = 0;
    c.block_size = 1000;
    CHECK(digest_final(&c, out, 32) == K_INVALID);
    return ktest_done();
}
