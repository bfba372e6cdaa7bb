// The network of Lighthouse's mobile preset (150 ms round trip, 1.6 Mbps down, 750 Kbps up), as
// Chrome DevTools Protocol's Network.emulateNetworkConditions takes it: the one definition the
// measuring scripts share.
export const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
