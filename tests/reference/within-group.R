# Reference numbers for the within-group statistics and the distributions in src/stats.
# Run from the repository root:  Rscript tests/reference/within-group.R
# Writes tests/reference/within-group.json, which is committed so the tests never need R.
# Needs R >= 4.2 with effectsize and jsonlite (Debian: r-cran-effectsize r-cran-jsonlite).
suppressPackageStartupMessages({
  library(jsonlite)
  library(effectsize)
})

# ---- distributions -------------------------------------------------------------------------
normal_cdf <- lapply(c(-40, -37, -30, -12, -8.3, -5.7, -3, -1.3, -0.6, 0, 0.3, 0.67, 1, 2.5, 5, 8),
                     function(x) list(x = x, p = pnorm(x)))
normal_quantile <- lapply(c(1e-300, 1e-100, 1e-20, 1e-12, 1e-5, 0.01, 0.025, 0.07, 0.3, 0.5, 0.7, 0.93,
                            0.975, 0.999, 0.999999),
                          function(p) list(p = p, x = qnorm(p)))
t_cdf <- list()
for (df in c(1, 2.5, 3, 7.3, 29, 100, 1e5)) {
  for (t in c(-50, -8, -3, -1, 0, 0.5, 2, 5, 12)) {
    t_cdf[[length(t_cdf) + 1]] <- list(t = t, df = df, p = pt(t, df))
  }
}
t_two_sided <- lapply(list(c(1e3, 1), c(1e6, 1), c(40, 10), c(20, 30), c(9, 100), c(-12.5, 24),
                           c(2.1, 4.7), c(0.01, 3), c(60, 200), c(1e200, 1), c(3, 1e7), c(1e-9, 12)),
                      function(a) list(t = a[1], df = a[2], p = 2 * pt(-abs(a[1]), a[2])))
t_quantile <- list()
for (df in c(1, 2, 4.5, 19, 200)) {
  for (p in c(1e-12, 1e-6, 0.025, 0.3, 0.75, 0.975, 0.999999)) {
    t_quantile[[length(t_quantile) + 1]] <- list(p = p, df = df, t = qt(p, df))
  }
}
# extremes: far tails, p near 1/2, huge df
for (a in list(c(0.49999999, 3), c(0.4999, 30), c(0.975, 1e7), c(1e-300, 1), c(1e-300, 30), c(1e-100, 4.5))) {
  t_quantile[[length(t_quantile) + 1]] <- list(p = a[1], df = a[2], t = qt(a[1], a[2]))
}
noncentral_t_cdf <- lapply(list(c(2, 10, 1), c(-1, 5, 0.5), c(3, 9, 2.5), c(0.5, 24, -1), c(6, 4, 6),
                                c(-3, 20, -2), c(10, 49, 8), c(1, 2, 3), c(-0.2, 1, 0.3), c(50, 30, 45),
                                c(2.3, 7.5, 1.7), c(-4, 12, 1), c(15, 99, 14.2)),
                           function(a) list(t = a[1], df = a[2], ncp = a[3], p = pt(a[1], a[2], ncp = a[3])))
# Exact inversion (uniroot, tight tolerance): the ncp at which pt(t, df, ncp) is 0.975 / 0.025.
exact_ncp_ci <- function(t, df, level = 0.95) {
  limit <- function(target) {
    uniroot(function(ncp) pt(t, df, ncp = ncp) - target, c(t - 20 - abs(t), t + 20 + abs(t)),
            tol = 1e-14)$root
  }
  c(limit((1 + level) / 2), limit((1 - level) / 2))
}
noncentral_t_ci <- lapply(list(c(3, 9), c(-2.1, 24), c(0.4, 2), c(8.5, 49), c(0, 14), c(1.7, 5.5)),
                          function(a) {
                            ci <- exact_ncp_ci(a[1], a[2])
                            list(t = a[1], df = a[2], low = ci[1], high = ci[2])
                          })
chi_squared_upper <- lapply(list(c(3.84, 1), c(0.5, 3), c(20, 4), c(100, 10), c(1e-3, 2), c(300, 50),
                                 c(7.5, 2.5), c(0.2, 1), c(60, 3)),
                            function(a) list(x = a[1], df = a[2], p = pchisq(a[1], a[2], lower.tail = FALSE)))
binomial_test <- lapply(list(c(0, 1, 0.5), c(1, 1, 0.5), c(0, 5, 0.5), c(2, 10, 0.5), c(7, 10, 0.5),
                             c(5, 10, 0.5), c(0, 20, 0.5), c(3, 25, 0.5), c(40, 100, 0.5), c(1, 3, 0.5),
                             c(3, 20, 0.3), c(12, 20, 0.3), c(0, 60, 0.5)),
                        function(a) list(successes = a[1], trials = a[2], prob = a[3],
                                         p = binom.test(a[1], a[2], a[3])$p.value))
signed_rank <- lapply(list(c(0, 1), c(3, 5), c(10, 8), c(30, 12), c(100, 25), c(400, 40), c(17, 9)),
                      function(a) list(v = a[1], n = a[2], lower = psignrank(a[1], a[2]),
                                       upper = psignrank(ceiling(a[1]) - 1, a[2], lower.tail = FALSE)))
hedges_j <- function(df) exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2))
hedges_correction <- lapply(c(2, 3, 4.5, 9, 24, 99, 1000), function(df) list(df = df, j = hedges_j(df)))
log_gamma <- lapply(c(1e-8, 0.1, 0.5, 1, 1.5, 2, 3.7, 10, 50.5, 171, 1e4, 1e7),
                    function(x) list(x = x, value = lgamma(x)))

# ---- within-group data sets ----------------------------------------------------------------
set.seed(20240901)
big_tied_pre <- round(rnorm(60, 24, 6))
big_tied_post <- pmin(40, round(big_tied_pre + rnorm(60, 2.5, 4)))
big_untied_pre <- round(rnorm(55, 60, 12), 2)
big_untied_post <- round(big_untied_pre + seq(-10, 30, length.out = 55) + rnorm(55, 0, 0.001), 3)
class_pre <- c(18, 22, 25, 14, 30, 27, 21, 19, 33, 24, 16, 28, 20, 23, 26, 17, 29, 31, 22, 25, 15, 21, 27, 24, 19)
class_post <- c(24, 25, 31, 20, 34, 30, 27, 21, 38, 29, 22, 30, 26, 27, 33, 19, 35, 36, 24, 31, 23, 25, 30, 29, 25)

datasets <- list(
  list(name = "n2", pre = c(10, 14), post = c(13, 15), max = 20, cutoff = 14),
  list(name = "n2-negative-r", pre = c(10, 14), post = c(16, 15), max = 20, cutoff = 15),
  list(name = "n3", pre = c(12, 15, 20), post = c(14, 19, 21), max = 25, cutoff = 18),
  list(name = "ties-and-zeros", pre = c(10, 12, 12, 15, 18, 20, 22, 9, 14, 16),
       post = c(12, 12, 15, 18, 18, 24, 25, 12, 13, 19), max = 25, cutoff = 15),
  list(name = "negative-effect", pre = c(30, 28, 35, 22, 26, 31, 29, 24),
       post = c(27, 29, 30, 20, 21, 30, 25, 19), max = 40, cutoff = 28),
  list(name = "ceiling", pre = c(20, 20, 18, 20, 15, 12, 19, 20, 16, 17, 14, 20),
       post = c(20, 19, 20, 20, 18, 16, 20, 18, 19, 20, 17, 20), max = 20, cutoff = 18),
  list(name = "exact-no-ties", pre = c(11.5, 14.2, 9.8, 16.1, 12.7, 13.3, 10.9, 15.6, 12.1, 14.8, 11.2),
       post = c(13.1, 18.5, 10.2, 15.4, 16.0, 16.9, 12.3, 21.0, 12.9, 19.7, 11.0), max = 25, cutoff = 14),
  list(name = "large-tied", pre = big_tied_pre, post = big_tied_post, max = 40, cutoff = 26),
  list(name = "large-untied", pre = big_untied_pre, post = big_untied_post, max = NULL, cutoff = 65),
  list(name = "class-25", pre = class_pre, post = class_post, max = 40, cutoff = 28)
)

or_null <- function(x) if (length(x) == 1 && is.finite(x)) x else NULL
describe <- function(x) list(mean = mean(x), sd = or_null(sd(x)), median = median(x), min = min(x), max = max(x))
normalized_change <- function(pre, post, max) {
  if (pre == post && (pre == 0 || pre == max)) return(NA)
  if (post > pre) return((post - pre) / (max - pre))
  if (post < pre) return((post - pre) / pre)
  0
}

within <- lapply(datasets, function(s) {
  pre <- s$pre; post <- s$post; n <- length(pre); D <- post - pre
  s1 <- sd(pre); s2 <- sd(post); sD <- sd(D); r <- suppressWarnings(cor(pre, post)); m <- mean(D)
  # r within 1e-13 of +-1 is rounding noise (always so for n = 2): treat it as exactly +-1, as
  # src/stats/pearson-correlation.ts does. d_av and d_rm have no SE at r = 1.
  if (is.finite(r) && abs(1 - abs(r)) < 1e-13) r <- sign(r)
  se_unless_r1 <- function(se) if (is.finite(r) && r == 1) NA else se
  z <- qnorm(0.975)
  J <- if (n >= 3) hedges_j(n - 1) else NA
  es <- function(d, se) list(value = or_null(d), se = or_null(se),
                             ciLow = or_null(d - z * se), ciHigh = or_null(d + z * se), hedges = or_null(J * d))
  dav <- m / ((s1 + s2) / 2)
  drm <- if (is.finite(r) && r == 1) NA else m / (sD / sqrt(2 * (1 - r)))
  db <- m / s1
  dz <- m / sD
  dz_exact <- exact_ncp_ci(dz * sqrt(n), n - 1) / sqrt(n)
  dz_effectsize <- suppressWarnings(cohens_d(post, pre, paired = TRUE))
  tt <- t.test(post, pre, paired = TRUE)
  wt <- suppressWarnings(wilcox.test(post, pre, paired = TRUE))
  nonzero <- D[D != 0]
  wilcoxon_exact <- length(nonzero) < 50 && !any(D == 0) && !any(duplicated(abs(nonzero)))
  out <- list(
    name = s$name, pre = pre, post = post, n = n,
    pre_describe = describe(pre), post_describe = describe(post),
    gain = list(mean = m, sd = or_null(sD), median = median(D)),
    r = or_null(r),
    effect_sizes = list(
      dav = es(dav, se_unless_r1(sqrt((1 / n + dav^2 / (2 * n)) * 2 * (1 - r)))),
      drm = es(drm, se_unless_r1(sqrt((1 / n + drm^2 / (2 * n)) * 2 * (1 - r)))),
      db = es(db, sqrt(2 * (1 - r) / n + db^2 / (2 * n))),
      dz = list(value = dz, se = sqrt(1 / n + dz^2 / (2 * n)), ciLow = dz_exact[1], ciHigh = dz_exact[2],
                hedges = or_null(J * dz))
    ),
    dz_effectsize = list(value = dz_effectsize$Cohens_d, ciLow = dz_effectsize$CI_low, ciHigh = dz_effectsize$CI_high),
    t_test = list(t = unname(tt$statistic), df = unname(tt$parameter), p = tt$p.value,
                  ciLow = tt$conf.int[1], ciHigh = tt$conf.int[2], meanDifference = unname(tt$estimate)),
    wilcoxon = list(v = unname(wt$statistic), p = wt$p.value, exact = wilcoxon_exact)
  )
  if (!is.null(s$max)) {
    changes <- mapply(normalized_change, pre, post, MoreArgs = list(max = s$max))
    out$max <- s$max
    out$normalized_change <- lapply(changes, or_null)
    out$class_normalized_gain <- (mean(post) - mean(pre)) / (s$max - mean(pre))
    out$student_mean_normalized_change <- mean(changes, na.rm = TRUE)
  }
  up <- sum(pre < s$cutoff & post >= s$cutoff); down <- sum(post < s$cutoff & pre >= s$cutoff)
  out$proficiency <- list(cutoff = s$cutoff, preRate = mean(pre >= s$cutoff), postRate = mean(post >= s$cutoff),
                          up = up, down = down,
                          mcnemarP = if (up + down == 0) 1 else binom.test(up, up + down, 0.5)$p.value)
  out
})

reference <- list(
  generated_by = "tests/reference/within-group.R",
  r_version = R.version.string,
  effectsize_version = as.character(packageVersion("effectsize")),
  distributions = list(
    normal_cdf = normal_cdf, normal_quantile = normal_quantile, t_cdf = t_cdf, t_two_sided = t_two_sided,
    t_quantile = t_quantile, noncentral_t_cdf = noncentral_t_cdf, noncentral_t_ci = noncentral_t_ci,
    chi_squared_upper = chi_squared_upper, binomial_test = binomial_test, signed_rank = signed_rank,
    hedges_correction = hedges_correction, log_gamma = log_gamma
  ),
  within = within
)
writeLines(toJSON(reference, digits = NA, auto_unbox = TRUE, pretty = TRUE, null = "null"),
           "tests/reference/within-group.json")
