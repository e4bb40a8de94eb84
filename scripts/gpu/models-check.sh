#!/usr/bin/env bash
# Second GPU check: the models added after device-check.sh (BPR, GRU4Rec, the uplift DNN), DeepFM trained twice with
# one seed on the GPU (repeatability), ESMM, and DeepFM on the machine's CPUs. Same set-up as device-check.sh: the
# machine's own PyTorch, a DJL JNI built against it, the CLI from the carried bundle (scripts/gpu/bundle.sh).
# Run from the repository root with the bundle at .gpu/bundle.tar.xz. Results: docs/gpu-check.md.
set -uo pipefail
ROOT=$(pwd)
OUT=${OUT:-/tmp/out}; mkdir -p "$OUT"
W=/tmp/gs; rm -rf $W; mkdir -p $W; tar -xJf .gpu/bundle.tar.xz -C $W
JAVA=$W/jre/bin/java
echo "== machine"; nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader; nproc
command -v java || echo "no system java; using the carried jlink JRE"; $JAVA -version 2>&1 | head -1
python3 -c 'import torch;print("torch",torch.__version__,"cuda",torch.version.cuda,"available",torch.cuda.is_available(),"cxx11abi",torch.compiled_with_cxx11_abi())'
TORCH=$(python3 -c 'import torch,os;print(os.path.dirname(torch.__file__))')
TL=$TORCH/lib
NVD=$(python3 -c 'import nvidia;print(list(nvidia.__path__)[0])' 2>/dev/null || echo /nonexistent)
LIBDIRS=$(find "$NVD" -maxdepth 3 -type d -name lib 2>/dev/null | tr '\n' ':')
CUDART=$(find "$NVD" /usr/local/cuda/lib64 -name 'libcudart.so*' 2>/dev/null | head -1)
mkdir -p $W/cudart; ln -sf "$CUDART" $W/cudart/libcudart.so
echo "libtorch: $TL"; echo "cudart: $CUDART"
export LD_LIBRARY_PATH=$W/cudart:$TL:${LIBDIRS}/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
export PYTORCH_LIBRARY_PATH=$TL PYTORCH_VERSION=2.7.1 PYTORCH_FLAVOR=cu128
export CAMPAIGN_LAB_HOME=$W/home DJL_CACHE_DIR=$W/djl
JNIDIR=$DJL_CACHE_DIR/pytorch/2.7.1-cu128-linux-x86_64
ABI=$(python3 -c 'import torch;print(int(torch.compiled_with_cxx11_abi()))')

# Build DJL 0.36.0's JNI from source against this torch, in the background, in case the prebuilt one does not link.
(
  S=$W/djlsrc/engines/pytorch/pytorch-native; cd $S; date; g++ --version | head -1
  build() { rm -rf obj; mkdir -p obj; ls src/main/native/*.cc | xargs -P 16 -I{} sh -c 'g++ -c -O2 -fPIC -std='$1' -D_GLIBCXX_USE_CXX11_ABI='$ABI' -w \
    -I'$TORCH'/include -I'$TORCH'/include/torch/csrc/api/include -I'$W'/jni-include -I'$W'/jni-include/linux \
    -Ibuild/include -I'$W'/djlsrc/api/src/main/native {} -o obj/$(basename {} .cc).o 2>&1 | head -c 3000'; \
    [ $(ls obj/*.o | wc -l) -eq $(ls src/main/native/*.cc | wc -l) ]; }
  { build c++17 || { echo "== retry with c++20"; build c++20; }; } \
  && g++ -shared -o libdjl_torch.so obj/*.o -L$TL -ltorch -ltorch_cpu -lc10 -Wl,-rpath,'$ORIGIN' \
  && echo BUILD_OK; date
) > $OUT/jni-build.log 2>&1 &
BUILD=$!

cl() { timeout "$1" $JAVA -Xmx16g -Dai.djl.offline=true -Djna.library.path=$W/cudart -cp "$W/jars/app-0.1.0-SNAPSHOT.jar:$W/jars/lib/*" io.campaignlab.app.CampaignLab "${@:2}"; }

echo "== JNI built here from DJL v0.36.0 source against this torch (the prebuilt one, built for 2.7.1, loads but"
echo "   its tensors come back without storage on this torch 2.11)"
wait $BUILD; tail -30 $OUT/jni-build.log
mkdir -p $JNIDIR
cp $W/djlsrc/engines/pytorch/pytorch-native/libdjl_torch.so $JNIDIR/0.36.0-libdjl_torch.so || exit 3
ldd -r $JNIDIR/0.36.0-libdjl_torch.so 2>&1 | grep -c 'undefined symbol'
cl 120 device --json 2>&1 | tail -15 | tee $OUT/device-built.txt
grep -q '"gpu_count":[1-9]' $OUT/device-built.txt || exit 4

nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -l 1 > $OUT/gpu-memory.log 2>&1 &
ws=$W/ws
echo "== simulate 20k users"
cl 150 simulate --workspace $ws --users 20000 --json 2>&1 | tail -1 | cut -c1-300
echo "== DeepFM on the GPU, twice with seed 42 (repeatability on the GPU), and ESMM"
for t in 1 2; do cl 200 train --workspace $ws --dataset impressions --model deepfm --behaviour events --device gpu --seed 42 --json 2>&1 | tail -1 | tee $OUT/deepfm-$t.json | cut -c1-400; echo; done
cl 200 train --workspace $ws --dataset impressions --model esmm --purchase-label purchased --behaviour events --device gpu --json 2>&1 | tail -1 | cut -c1-400; echo
echo "== DeepFM on this machine's 16 CPU cores, seed 42"
MKL_DYNAMIC=FALSE MKL_CBWR=AUTO cl 200 train --workspace $ws --dataset impressions --model deepfm --behaviour events --device cpu --seed 42 --json 2>&1 | tail -1 | cut -c1-400; echo
echo "== BPR and GRU4Rec on the GPU"
cl 200 recommend train --workspace $ws --dataset events --model bpr --device gpu --json 2>&1 | tail -1 | tee $OUT/bpr.json | cut -c1-600; echo
cl 200 recommend train --workspace $ws --dataset events --model bpr --device cpu --json 2>&1 | tail -1 | cut -c1-600; echo
cl 240 recommend train --workspace $ws --dataset events --model gru4rec --device gpu --json 2>&1 | tail -1 | tee $OUT/gru4rec.json | cut -c1-600; echo
echo "== uplift, T-learner with DNN base on the GPU"
cl 200 uplift campaign_exposures --workspace $ws --treatment group=coupon_20 --control control --outcome converted --learner t --base dnn --device gpu --truth true_uplift_coupon_20 --json 2>&1 | tail -1 | cut -c1-500; echo
cl 60 runs --workspace $ws 2>&1 | tail -12
echo "== GPU memory (MiB) samples: $(wc -l < $OUT/gpu-memory.log), max $(sort -n $OUT/gpu-memory.log | tail -1)"
cp $CAMPAIGN_LAB_HOME/logs/*.log $OUT/ 2>/dev/null; ls $OUT
