// Model serialization. Little-endian throughout. Weight rows that are all
// zero are not stored: the file lists the indexes of the others as varint
// deltas, then their weights, which keeps the blob small and compressible.
#include "entities/model.hpp"

#include <cstring>

extern const unsigned char lede_model_ner_tagger[];
extern const unsigned lede_model_ner_tagger_size;

namespace lede::entities {

namespace {

class Writer {
 public:
  void bytes(const void* p, size_t n) { out.append(static_cast<const char*>(p), n); }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
  }
  void varint(uint32_t v) {
    while (v >= 0x80) {
      out.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out.push_back(static_cast<char>(v));
  }
  std::string out;
};

class Reader {
 public:
  Reader(const unsigned char* p, size_t n) : p_(p), end_(p + n) {}
  bool ok() const { return ok_; }
  bool bytes(void* dst, size_t n) {
    const unsigned char* from = take(n);
    if (from) std::memcpy(dst, from, n);
    return from != nullptr;
  }
  // The next `n` bytes, read in place; null past the end.
  const unsigned char* take(size_t n) {
    if (!need(n)) return nullptr;
    p_ += n;
    return p_ - n;
  }
  uint32_t u32() {
    if (!need(4)) return 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(p_[i]) << (8 * i);
    p_ += 4;
    return v;
  }
  uint32_t varint() {
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (!need(1)) return 0;
      const unsigned char b = *p_++;
      v |= static_cast<uint32_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }
  size_t left() const { return static_cast<size_t>(end_ - p_); }

 private:
  bool need(size_t n) {
    if (!ok_ || left() < n) ok_ = false;
    return ok_;
  }
  const unsigned char* p_;
  const unsigned char* end_;
  bool ok_ = true;
};

void write_pass(const Perceptron& pass, Writer& w) {
  const size_t rows = static_cast<size_t>(pass.mask) + 1;
  w.u32(pass.mask);
  for (const auto& from : pass.transition) {
    for (const int32_t v : from) w.u32(static_cast<uint32_t>(v));
  }
  std::vector<uint32_t> used;
  for (size_t r = 0; r < rows; ++r) {
    for (int t = 0; t < kTags; ++t) {
      if (pass.weights[r * kRowStride + t] != 0) {
        used.push_back(static_cast<uint32_t>(r));
        break;
      }
    }
  }
  w.u32(static_cast<uint32_t>(used.size()));
  uint32_t previous = 0;
  for (const uint32_t r : used) {
    w.varint(r - previous);
    previous = r;
  }
  // Tag-major: a column of one tag's weights compresses better than rows.
  for (int t = 0; t < kTags; ++t) {
    for (const uint32_t r : used) w.out.push_back(static_cast<char>(pass.weights[static_cast<size_t>(r) * kRowStride + t]));
  }
}

bool read_pass(Reader& r, Perceptron& pass) {
  pass.mask = r.u32();
  if (!r.ok() || pass.mask == 0 || pass.mask > (1u << 24) - 1 || (pass.mask & (pass.mask + 1)) != 0) return false;
  for (auto& from : pass.transition) {
    for (int32_t& v : from) v = static_cast<int32_t>(r.u32());
  }
  const uint32_t count = r.u32();
  if (!r.ok() || count > pass.mask + 1 || r.left() < static_cast<size_t>(count) * (1 + kTags)) return false;
  std::vector<uint32_t> used(count);
  uint32_t row = 0;
  for (uint32_t& u : used) {
    row += r.varint();
    if (row > pass.mask) return false;
    u = row;
  }
  pass.weights.assign((static_cast<size_t>(pass.mask) + 1) * kRowStride, 0);
  // The columns read in place, a row at a time: read a byte at a time
  // through the checks of bytes(), the model took 15 M instructions to load
  // (0.8% of lede-bench's whole run on c06).
  const unsigned char* columns = r.take(static_cast<size_t>(count) * kTags);
  if (!columns) return false;
  for (uint32_t k = 0; k < count; ++k) {
    int8_t* row = &pass.weights[static_cast<size_t>(used[k]) * kRowStride];
    for (int t = 0; t < kTags; ++t) row[t] = static_cast<int8_t>(columns[static_cast<size_t>(t) * count + k]);
  }
  return true;
}

}  // namespace

std::string serialize(const Model& model) {
  Writer w;
  w.bytes(kModelMagic, sizeof kModelMagic);
  w.u32(kModelVersion);
  w.u32(static_cast<uint32_t>(model.gazetteer_lines.size()));
  w.bytes(model.gazetteer_lines.data(), model.gazetteer_lines.size());
  write_pass(model.first, w);
  write_pass(model.second, w);
  return w.out;
}

std::unique_ptr<Model> parse_model(const unsigned char* data, size_t size) {
  Reader r(data, size);
  char magic[sizeof kModelMagic];
  if (!r.bytes(magic, sizeof magic) || std::memcmp(magic, kModelMagic, sizeof magic) != 0) return nullptr;
  if (r.u32() != kModelVersion) return nullptr;
  auto model = std::make_unique<Model>();
  const uint32_t lines = r.u32();
  if (!r.ok() || lines > r.left()) return nullptr;
  model->gazetteer_lines.resize(lines);
  r.bytes(model->gazetteer_lines.data(), lines);
  if (!read_pass(r, model->first) || !read_pass(r, model->second) || r.left() != 0) return nullptr;
  model->gazetteer = Gazetteer(model->gazetteer_lines);
  return model;
}

const Model* shipped_model() {
  static const std::unique_ptr<Model> model = parse_model(lede_model_ner_tagger, lede_model_ner_tagger_size);
  return model.get();
}

}  // namespace lede::entities
